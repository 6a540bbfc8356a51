namespace OneStop.Domain.Calendar;

/// <summary>
/// The public holidays the law gives, as conversation-flows/holidays.yaml writes them (Bộ luật Lao động 2019 Art.
/// 112(1); 24/11 from 2026), and the usual pattern used for a year whose notice is not out yet.
/// </summary>
/// <param name="Solar">Days fixed by a solar date (01/01, 30/4, 01/5, 02/9, 24/11 from 2026).</param>
/// <param name="Lunar">Days fixed by a lunar date (Giỗ Tổ Hùng Vương, 10/3 âm lịch).</param>
/// <param name="TetName">What citizens call the lunar new year break.</param>
/// <param name="TetDaysBefore">Before a notice: days off before mùng 1 (the last day of the old year).</param>
/// <param name="TetDaysAfter">Before a notice: days off after mùng 1 (mùng 2 to mùng 4).</param>
/// <param name="ExpectedExtra">Before a notice: other days the law leaves to the notice, guessed (01/9, the second Quốc khánh day).</param>
public sealed record HolidayRules(
    IReadOnlyList<FixedHoliday> Solar,
    IReadOnlyList<FixedHoliday> Lunar,
    string TetName,
    int TetDaysBefore,
    int TetDaysAfter,
    IReadOnlyList<FixedHoliday> ExpectedExtra);

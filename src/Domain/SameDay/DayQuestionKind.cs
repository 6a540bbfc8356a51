namespace OneStop.Domain.SameDay;

public enum DayQuestionKind
{
    /// <summary>"thứ 7 có nhận hồ sơ không", "mai có làm việc không": is the desk open that day?</summary>
    IsOpen,

    /// <summary>"mấy giờ mở cửa": the hours, and whether the desk is open now.</summary>
    Hours,

    /// <summary>"tết nghỉ đến ngày nào": the next holiday break.</summary>
    Holiday,

    /// <summary>"ngày không viết không hẹn là gì": the Wednesday model.</summary>
    SameDay,
}

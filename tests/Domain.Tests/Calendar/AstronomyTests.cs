using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class AstronomyTests
{
    [Fact]
    public void New_moon_matches_meeus_example_49_a()
    {
        // Meeus, Astronomical Algorithms, example 49.a: JDE 2443192.65118 (TT) for k = -283, 1977 February.
        var ut = Astronomy.NewMoon(-283);
        var tt = ut + (Astronomy.DeltaTSeconds(ut) / 86400);

        Assert.Equal(2443192.65118, tt, 0.0001);
    }

    [Fact]
    public void Sun_longitude_matches_meeus_example_25_a()
    {
        // Example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895° (low precision).
        var tt = 2448908.5;
        var ut = tt - (Astronomy.DeltaTSeconds(tt) / 86400);

        Assert.Equal(199.909, Astronomy.SunLongitude(ut), 0.01);
    }

    [Fact]
    public void New_moon_before_tet_2030_is_late_on_the_evening_of_the_second_of_february_in_vietnam()
    {
        var k = Astronomy.NewMoonIndexBefore(2462534.5) + 1; // around 2030-02-02
        var local = DateTime.FromOADate(Astronomy.NewMoon(k) - 2415018.5).AddHours(7);

        Assert.Equal(new DateTime(2030, 2, 2, 23, 0, 0), local, TimeSpan.FromMinutes(15));
    }
}

namespace OneStop.Domain.Calendar;

/// <summary>
/// The two sky events the lunar calendar needs, as Julian Days in Universal Time: the instant of a new moon
/// (Meeus, Astronomical Algorithms, 2nd ed., ch. 49, accurate to well under a minute) and the sun's apparent
/// longitude (ch. 25, low precision: about 0.01°, a quarter of an hour of the sun's motion).
/// </summary>
internal static class Astronomy
{
    // Meeus (49.1): the mean synodic month and the mean new moon k = 0 (2000-01-06).
    private const double SynodicMonth = 29.530588861;
    private const double NewMoonZero = 2451550.09766;
    private const double J2000 = 2451545.0;
    private const double SecondsPerDay = 86400.0;

    /// <summary>Meeus' k of the last mean new moon before <paramref name="julianDay"/>.</summary>
    public static int NewMoonIndexBefore(double julianDay) =>
        (int)Math.Floor((julianDay - NewMoonZero) / SynodicMonth);

    /// <summary>The instant (UT) of new moon number <paramref name="k"/> counted from 2000-01-06.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var jde = NewMoonZero + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t2 * t) + (0.00000000073 * t2 * t2);

        // Meeus (47.6): the decreasing eccentricity of the Earth's orbit weakens the terms in M.
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Radians(2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t2 * t));
        var mm = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t2 * t) - (0.000000058 * t2 * t2));
        var f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t2 * t) + (0.000000011 * t2 * t2));
        var omega = Radians(124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t2 * t));

        var correction =
            (-0.40720 * Math.Sin(mm)) + (0.17241 * e * Math.Sin(m)) + (0.01608 * Math.Sin(2 * mm))
            + (0.01039 * Math.Sin(2 * f)) + (0.00739 * e * Math.Sin(mm - m)) - (0.00514 * e * Math.Sin(mm + m))
            + (0.00208 * e * e * Math.Sin(2 * m)) - (0.00111 * Math.Sin(mm - (2 * f))) - (0.00057 * Math.Sin(mm + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mm) + m)) - (0.00042 * Math.Sin(3 * mm)) + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f))) - (0.00024 * e * Math.Sin((2 * mm) - m)) - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mm + (2 * m))) + (0.00004 * Math.Sin((2 * mm) - (2 * f))) + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mm + m - (2 * f))) + (0.00003 * Math.Sin((2 * mm) + (2 * f)))
            - (0.00003 * Math.Sin(mm + m + (2 * f))) + (0.00003 * Math.Sin(mm - m + (2 * f)))
            - (0.00002 * Math.Sin(mm - m - (2 * f))) - (0.00002 * Math.Sin((3 * mm) + m)) + (0.00002 * Math.Sin(4 * mm));

        return jde + correction + PlanetaryCorrection(k, t2) - (DeltaTSeconds(jde) / SecondsPerDay);
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at <paramref name="julianDayUt"/>.</summary>
    public static double SunLongitude(double julianDayUt)
    {
        var t = (julianDayUt + (DeltaTSeconds(julianDayUt) / SecondsPerDay) - J2000) / 36525.0;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var omega = Radians(125.04 - (1934.136 * t));

        // Nutation and aberration, Meeus (25.8).
        var apparent = l0 + centre - 0.00569 - (0.00478 * Math.Sin(omega));
        var normalised = apparent % 360.0;
        return normalised < 0 ? normalised + 360.0 : normalised;
    }

    /// <summary>
    /// TT − UT in seconds (Espenak and Meeus' polynomials). It moves a new moon by about a minute,
    /// which decides the day when the moon is new close to midnight (02/02/2030 at 23:07 ICT).
    /// </summary>
    public static double DeltaTSeconds(double julianDay)
    {
        var y = 2000.0 + ((julianDay - J2000) / 365.25);
        double t;
        switch (y)
        {
            case < 1941:
                t = y - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
            case < 1961:
                t = y - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
            case < 1986:
                t = y - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
            case < 2005:
                t = y - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                    + (0.000651814 * t * t * t * t) + (0.00002373599 * t * t * t * t * t);
            case < 2050:
                t = y - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            default:
                var u = (y - 1820) / 100;
                return -20 + (32 * u * u) - (0.5628 * (2150 - y));
        }
    }

    // Meeus ch. 49, "additional corrections for all phases": perturbations by the planets.
    private static double PlanetaryCorrection(int k, double t2)
    {
        ReadOnlySpan<(double Coefficient, double Start, double Rate)> terms =
        [
            (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
            (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
            (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
            (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
            (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
        ];

        var sum = 0.0;
        for (var i = 0; i < terms.Length; i++)
        {
            var angle = terms[i].Start + (terms[i].Rate * k) - (i == 0 ? 0.009173 * t2 : 0);
            sum += terms[i].Coefficient * Math.Sin(Radians(angle));
        }

        return sum;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}

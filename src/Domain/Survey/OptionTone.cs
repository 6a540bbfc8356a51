namespace OneStop.Domain.Survey;

/// <summary>
/// How an answer reads for the office, whatever its wording: good, fair or poor. It colours the chart and
/// decides the "hài lòng" share (good and fair together), the way the official 3-level scale is reported.
/// </summary>
public enum OptionTone
{
    Good,
    Fair,
    Poor,
}

using System.Globalization;

namespace OneStop.Domain.Survey;

/// <summary>
/// A printed survey ticket, handed out at the desk after a visit. <see cref="PlanItem"/> is the procedure's item
/// in the plan (1–6; 0 when staff did not say), because it fits in one byte of the deep link.
/// </summary>
public sealed record SurveyTicket(ulong Id, int PlanItem, DateOnly VisitDate, bool SameDay, DateOnly ExpiresOn)
{
    /// <summary>The id as stored and shown: 16 hex digits.</summary>
    public string Key => Id.ToString("x16", CultureInfo.InvariantCulture);

    public bool IsExpired(DateOnly today) => today > ExpiresOn;
}

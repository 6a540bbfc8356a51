namespace OneStop.Domain.Notices;

/// <summary>Who a notice is for.</summary>
public enum AudienceKind
{
    /// <summary>Every subscriber.</summary>
    Everyone,

    /// <summary>Subscribers who chose one of some areas (those who chose none are left out).</summary>
    Areas,

    /// <summary>Subscribers who opened one procedure's card since subscribing.</summary>
    Procedure,

    /// <summary>
    /// Citizens who asked to be reminded of one same-day day ("Nhắc tôi"), subscribed or not: they asked to hear
    /// from the Trung tâm about that day, which is what such a notice is about ("Thứ Tư này nghỉ lễ").
    /// </summary>
    ReminderDay,
}

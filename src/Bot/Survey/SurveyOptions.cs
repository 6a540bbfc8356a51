namespace OneStop.Bot.Survey;

internal sealed record SurveyOptions
{
    public const string Section = "Survey";

    /// <summary>
    /// Signs survey tickets (Survey__TicketSecret, from the environment; at least 16 characters). When unset, a random
    /// secret is made once and kept in the database file, so printed tickets still open after a restart.
    /// </summary>
    public string? TicketSecret { get; init; }

    /// <summary>Most tickets one /phieukhaosat makes: each is a photo message, and Telegram allows about 20 a minute in a group.</summary>
    public int MaxTicketsPerOrder { get; init; } = 30;
}

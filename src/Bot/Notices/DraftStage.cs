namespace OneStop.Bot.Notices;

/// <summary>The step of the /thongbao dialogue a draft is at; kept in LiteDB, so a restart does not lose the draft.</summary>
internal enum DraftStage
{
    /// <summary>Waiting for the text, or a photo with a caption.</summary>
    Text,

    /// <summary>Buttons: everyone, some areas, those who asked about a procedure.</summary>
    Audience,

    Areas,

    Procedure,

    /// <summary>Choosing the same-day day whose reminder holders get the notice.</summary>
    ReminderDay,

    /// <summary>The preview is shown: send now, schedule, edit or cancel.</summary>
    Preview,

    /// <summary>Waiting for a typed time ("18:00", "mai 7h").</summary>
    Time,
}

namespace OneStop.Domain.Handover;

/// <summary>
/// The "Hỏi cán bộ" buttons' payloads: "ho:ask" opens a question to the staff (public, for the menu, the fallback and
/// the understanding that routes a "handover" intent here); the others carry the question's code, so a button on an
/// old message still acts on the question it was sent with. A client can forge any of them: see <see cref="HandoverPress"/>.
/// </summary>
public static class HandoverPayload
{
    public const string Prefix = "ho";

    /// <summary>Opens a question to the staff (or shows the one already open).</summary>
    public const string Ask = "ho:ask";

    /// <summary>The citizen lets the staff see how to reach this chat.</summary>
    public static string Contact(string code) => $"{Prefix}:contact:{code}";

    /// <summary>The citizen answers back into the question's thread.</summary>
    public static string Reply(string code) => $"{Prefix}:reply:{code}";

    /// <summary>The citizen closes the question.</summary>
    public static string Close(string code) => $"{Prefix}:close:{code}";
}

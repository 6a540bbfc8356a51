namespace OneStop.FakeZaloOa;

/// <summary>A message the OA accepted: to whom, its text and its buttons (title, type, payload as sent).</summary>
public sealed record SentZaloMessage(string UserId, string Text, IReadOnlyList<ZaloSentButton> Buttons, DateTimeOffset At);

/// <summary>A button of a sent message; <see cref="Payload"/> is the query payload, the URL or the phone number.</summary>
public sealed record ZaloSentButton(string Title, string Type, string Payload);

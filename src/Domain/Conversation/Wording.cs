using System.Globalization;

namespace OneStop.Domain.Conversation;

/// <summary>Filling a feature's message with its own values, next to the office's: <c>render.SayWith("key", ("name", "…"))</c>.</summary>
internal static class Wording
{
    public static string SayWith(this StepRenderer render, string key, params (string Name, string Value)[] values) =>
        render.Say(key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>A count as the citizen reads it, whatever the server's culture.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}

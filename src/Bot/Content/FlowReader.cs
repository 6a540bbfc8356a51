using OneStop.Domain.Content;

namespace OneStop.Bot.Content;

/// <summary>Reads flows.yaml: the start step and the steps, each with rows of buttons.</summary>
internal static class FlowReader
{
    public static Flow Read(YamlMap map)
    {
        var start = map.Str("start");
        var steps = map.Maps("steps").Select(ReadStep).ToList();
        map.RejectUnknownKeys();
        return new Flow(start, steps, map.Where);
    }

    private static FlowStep ReadStep(YamlMap map)
    {
        var step = new FlowStep(
            map.Str("id"),
            map.Str("say"),
            map.OptionalStr("show"),
            map.Rows("buttons", required: false).Select(row => (IReadOnlyList<FlowButton>)row.Select(ReadButton).ToList()).ToList(),
            map.Where);
        map.RejectUnknownKeys();
        return step;
    }

    private static FlowButton ReadButton(YamlMap map)
    {
        var button = new FlowButton(map.Str("id"), map.Str("label"), map.Str("to"), map.Where);
        map.RejectUnknownKeys();
        return button;
    }
}

using OneStop.Domain.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneStop.Bot.Content;

/// <summary>Opens one content file as a <see cref="YamlMap"/>, turning syntax errors into problems with a line.</summary>
internal static class YamlFile
{
    public static YamlMap? Open(string path, string displayName, List<ContentProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(new SourceRef(displayName, 0), "file is missing: restore it from the repository."));
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new ContentProblem(new SourceRef(displayName, 1), "the file should hold a map of 'name: value' lines."));
                return null;
            }

            return new YamlMap(root, displayName, problems);
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(
                new SourceRef(displayName, (int)ex.Start.Line),
                $"this is not valid YAML ({ex.InnerException?.Message ?? ex.Message}); check indentation and quotes."));
            return null;
        }
    }
}

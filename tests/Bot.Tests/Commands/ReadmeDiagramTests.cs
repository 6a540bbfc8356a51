using Microsoft.Extensions.Configuration;
using OneStop.Bot.Commands;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Commands;

public class ReadmeDiagramTests
{
    [Fact]
    public void The_readme_diagrams_are_the_ones_generated_from_the_current_flows_and_features()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var generated = DiagramCommand.Markdown(Repository.Content, new ConfigurationBuilder().Build());
        Assert.True(
            DiagramCommand.Replace(readme, generated) == readme,
            "README.md's diagrams are stale: run `dotnet run --project src/Bot -- diagram --readme` and commit README.md.");
    }
}

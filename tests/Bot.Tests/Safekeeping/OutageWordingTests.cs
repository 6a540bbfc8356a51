using Microsoft.Extensions.Configuration;
using OneStop.Bot.Commands;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Safekeeping;

/// <summary>The write outage's messages are the office's to word (messages.yaml), and `validate` requires them.</summary>
public sealed class OutageWordingTests
{
    [Theory]
    [InlineData("error.storage.staff")]
    [InlineData("error.storage.staff-resumed")]
    [InlineData("error.storage")]
    public void Validate_fails_when_an_outage_message_is_missing(string key)
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var messages = Path.Combine(content, "messages.yaml");
        File.WriteAllText(messages, File.ReadAllText(messages).Replace(key + ":", key + "-renamed:", StringComparison.Ordinal));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = content }).Build();
        using var output = new StringWriter();

        Assert.Equal(1, ValidateCommand.Run(config, output));
        Assert.Contains($"'{key}' is missing", output.ToString(), StringComparison.Ordinal);
    }
}

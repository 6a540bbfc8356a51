using Microsoft.Extensions.Configuration;
using OneStop.Bot.Commands;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Commands;

public class ValidateLaunchTests
{
    private static IConfiguration ContentAt(string path) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = path }).Build();

    [Fact]
    public void Launch_fails_listing_each_unconfirmed_fact_under_the_question_to_ask_the_commune()
    {
        using var output = new StringWriter();

        Assert.Equal(1, ValidateCommand.Run(ContentAt(Repository.Content), output, launch: true));

        var text = output.ToString();
        Assert.Contains("NOT READY FOR LAUNCH", text, StringComparison.Ordinal);
        Assert.Contains("Địa chỉ chính xác của Trung tâm", text, StringComparison.Ordinal);
        Assert.Contains("Giờ làm việc chính xác", text, StringComparison.Ordinal);
        Assert.Contains("còn áp dụng “Ngày không viết, không hẹn”", text, StringComparison.Ordinal);
        Assert.Contains("office.yaml:", text, StringComparison.Ordinal);
        Assert.Contains("calendar/2026.yaml", text, StringComparison.Ordinal);
        Assert.Contains("procedures/khai-tu.yaml:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_launch_the_list_is_information_only()
    {
        Assert.Equal(0, ValidateCommand.Run(ContentAt(Repository.Content), TextWriter.Null));
    }

    [Fact]
    public void Launch_passes_once_the_commune_has_confirmed_everything()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        foreach (var file in Directory.GetFiles(content, "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("confirmed: false", "confirmed: true", StringComparison.Ordinal));
        }

        using var output = new StringWriter();

        Assert.Equal(0, ValidateCommand.Run(ContentAt(content), output, launch: true));
        Assert.Contains("Ready for launch", output.ToString(), StringComparison.Ordinal);
    }
}

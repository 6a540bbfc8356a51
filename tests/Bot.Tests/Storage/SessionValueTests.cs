using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Storage;

/// <summary>A session's values come back from the file as they were stored, "" included.</summary>
public sealed class SessionValueTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => _folder.File("bot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_empty_value_is_read_back_as_empty_after_a_restart()
    {
        using (var db = new BotDatabase(Database))
        {
            var session = new Session { Id = "test:1" };
            session.Data["survey.note"] = "";
            session.Data["survey.at"] = "q1";
            db.Database.BeginTrans();
            db.Sessions.Upsert(session);
            db.Database.Commit();
        }

        using var reopened = new BotDatabase(Database);
        var data = reopened.Sessions.FindById("test:1")!.Data;

        Assert.Equal("", data["survey.note"]);
        Assert.Equal("q1", data["survey.at"]);
    }

    [Fact]
    public void A_null_stored_by_an_older_version_is_read_as_empty()
    {
        using (var db = new BotDatabase(Database))
        {
            // As LiteDB's default mapping stored "" before: a null value.
            db.Database.GetCollection("sessions").Upsert(new BsonDocument
            {
                ["_id"] = "test:2",
                ["State"] = "survey",
                ["Data"] = new BsonDocument { ["survey.note"] = BsonValue.Null },
            });
        }

        using var reopened = new BotDatabase(Database);
        var data = reopened.Sessions.FindById("test:2")!.Data;

        Assert.Equal("", data["survey.note"]);
    }
}

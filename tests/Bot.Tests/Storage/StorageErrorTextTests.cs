using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Storage;

/// <summary>A LiteDB error that quotes a stored value reaches the log without it: a chat key is personal data.</summary>
public sealed class StorageErrorTextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_duplicate_chat_key_is_hidden_from_the_error_but_the_index_it_broke_is_named()
    {
        using var db = new BotDatabase(_folder.File("bot.db"));
        var chats = db.Database.GetCollection("duplicates");
        chats.Insert(new BsonDocument { ["_id"] = "telegram:123456789" });

        var error = Assert.Throws<LiteException>(() => chats.Insert(new BsonDocument { ["_id"] = "telegram:123456789" }));

        Assert.Equal(LiteException.INDEX_DUPLICATE_KEY, error.ErrorCode);
        Assert.DoesNotContain("123456789", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'_id'", error.Message, StringComparison.Ordinal);
        Assert.Contains(StorageErrorText.Hidden, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cannot insert duplicate key in unique index '_id'. The duplicate value is '\"zalo:8842\"'.", "Cannot insert duplicate key in unique index '_id'. The duplicate value is '(hidden)'.")]
    [InlineData("Collection 'sessions' not found", "Collection 'sessions' not found")]
    [InlineData("Bà 'Nguyễn Thị Lan' đã gửi", "Bà '(hidden)' đã gửi")]
    public void Quoted_values_are_hidden_and_quoted_names_kept(string message, string logged) =>
        Assert.Equal(logged, StorageErrorText.Redact(message));
}

namespace OneStop.Bot.Conversations;

/// <summary>
/// The person who sent something, as the channel knows them (a Telegram user id, a Zalo user id): in a group the
/// chat is the group, the sender one of its members. Staff tools check it against the list of officials.
/// </summary>
internal readonly record struct SenderId(string Channel, string Id);

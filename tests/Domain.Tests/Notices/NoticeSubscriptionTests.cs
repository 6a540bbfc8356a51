using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Domain.Tests.Notices;

public class NoticeSubscriptionTests
{
    [Fact]
    public void The_mirror_holds_the_area_and_the_procedures_asked_about_until_cleared()
    {
        var session = new Session();
        Assert.False(NoticeSubscription.IsOn(session));

        NoticeSubscription.Set(session, null);
        Assert.True(NoticeSubscription.IsOn(session));
        Assert.Null(NoticeSubscription.Area(session));
        NoticeSubscription.Set(session, "Vạn Phú (cũ)");
        Assert.Equal("Vạn Phú (cũ)", NoticeSubscription.Area(session));

        Assert.True(NoticeSubscription.AddAsked(session, "ket-hon"));
        Assert.False(NoticeSubscription.AddAsked(session, "ket-hon"));
        Assert.True(NoticeSubscription.AddAsked(session, "khai-tu"));
        Assert.Equal(["ket-hon", "khai-tu"], NoticeSubscription.Asked(session));

        NoticeSubscription.Clear(session);
        Assert.False(NoticeSubscription.IsOn(session));
        Assert.Empty(NoticeSubscription.Asked(session));
        Assert.Empty(session.Data);
    }
}

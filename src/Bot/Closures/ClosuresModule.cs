using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Hosting;
using OneStop.Bot.Notices;
using OneStop.Bot.Staff;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Closures;

/// <summary>
/// Closures at short notice: the store laid on the calendar at start-up, /nghidotxuat, and the /thongbao check. No
/// conversation feature of its own: every answer about a day already asks the calendar.
/// </summary>
internal sealed class ClosuresModule : IFeatureModule
{
    public IReadOnlyList<string> Collections => [ClosureStore.Collection];

    public IReadOnlyList<Type> ChatData => [typeof(ClosureChatData)];

    public IReadOnlyList<SlashCommand> StaffCommands => [new("/nghidotxuat", "Nghỉ đột xuất", MenuPlace: null, CommandAudience.Staff)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddSingleton<ClosureWording>();
        services.AddSingleton<ClosureStore>();
        services.AddSingleton<ClosureReminders>();
        services.AddHostedService<ClosureCalendar>();
        // /nghidotxuat offers a notice, so it runs where the notices' tools do (a channel for officials, not the terminal).
        if (context.StaffChannel)
        {
            services.AddSingleton<IStaffCommand, NghiDotXuatCommand>();
        }

        services.AddSingleton<INoticeWatcher, ClosureInNotice>();
    }
}

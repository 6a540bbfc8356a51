using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OneStop.Bot.Safekeeping;

/// <summary>Keeping the data safe: scheduled backups, the control socket for backups on demand, and riding out a failed write.</summary>
internal static class SafekeepingServices
{
    public static IServiceCollection AddSafekeeping(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddOptions<BackupOptions>().Bind(config.GetSection(BackupOptions.Section)).ValidateDataAnnotations()
            .Validate(o => Parses(o.BackupEvery), "Storage__BackupEvery must be \"daily HH:mm\" or \"every HH:mm:ss\" (at least a minute).")
            .ValidateOnStart();
        services.AddSingleton<WriteOutage>();
        services.AddSingleton<ControlSocket>();
        services.AddHostedService(sp => sp.GetRequiredService<ControlSocket>());
        var backups = config.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        if (backups.Enabled)
        {
            services.AddSingleton<BackupService>();
            services.AddHostedService(sp => sp.GetRequiredService<BackupService>());
        }

        return services;
    }

    private static bool Parses(string every)
    {
        try
        {
            BackupSchedule.Parse(every);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

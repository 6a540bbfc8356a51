using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using OneStop.Bot.Delivery;
using OneStop.Bot.LocalChat;
using OneStop.Bot.Maintenance;
using OneStop.Bot.Observability;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;
using OneStop.Bot.Staff;
using OneStop.Bot.Telegram;
using OneStop.Bot.Webhooks;
using OneStop.Bot.Zalo;
using Telegram.Bot;

namespace OneStop.Bot.Hosting;

/// <summary>Everything the bot is made of, registered in one place.</summary>
internal static class OneStopServices
{
    public static HostApplicationBuilder AddOneStop(this HostApplicationBuilder builder, Invocation invocation, TextReader? localInput = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(invocation);
        var services = builder.Services;
        var config = builder.Configuration;

        services.AddOptions<StorageOptions>().Bind(config.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().Bind(config.GetSection(DeliveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TelegramOptions>().Bind(config.GetSection(TelegramOptions.Section));
        services.AddOptions<StaffOptions>().Bind(config.GetSection(StaffOptions.Section));
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        var clock = config.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        services.AddSingleton<TimeProvider>(clock.Now is { } pinned ? new ShiftedTimeProvider(pinned) : TimeProvider.System);

        // Content is read and checked, with the features that will run on it, before anything starts:
        // a broken file must not reach citizens.
        var loaded = FeatureContent.LoadOrThrow(config);
        services.AddSingleton(loaded.Content);
        services.AddSingleton(loaded.Options);
        services.AddSingleton(loaded.Menu);
        services.AddSingleton(_ => loaded.Engine());

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var db = new BotDatabase(options.Path, options.CachedChats, sp.GetService<IWriteFault>(), sp.GetRequiredService<TimeProvider>());
            // The features' collections too, before any thread can read them (see BotDatabase.Prepare).
            db.Prepare([.. loaded.Modules.SelectMany(m => m.Collections), .. ZaloServices.Collections]);
            return db;
        });
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<InboundEventStore>();
        services.AddSingleton<ConversationService>();
        services.AddSingleton<InboundService>();
        services.AddSingleton<IIncomingEnricher, ReachEnricher>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<ChatLanes>();
        services.AddSingleton<SendGate>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<RetentionService>();
        services.AddSafekeeping(config);
        var telegram = config.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        var zalo = config.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions();
        services.AddModules(loaded);

        // Webhooks listen only where an address is configured (ASPNETCORE_URLS or --urls).
        var webhooks = new WebhookOptions(config["urls"] ?? config["ASPNETCORE_URLS"]);
        services.AddSingleton(webhooks);
        if (webhooks.Listens)
        {
            services.AddSingleton<WebhookServer>();
            services.AddHostedService(sp => sp.GetRequiredService<WebhookServer>());
        }

        services.AddOptions<ZaloOptions>().Bind(config.GetSection(ZaloOptions.Section));
        if (telegram.Enabled)
        {
            if (telegram.UsesWebhook && !webhooks.Listens)
            {
                throw new InvalidOperationException("Telegram__WebhookUrl is set but nothing listens: set ASPNETCORE_URLS (or --urls) to the address the reverse proxy forwards to.");
            }

            services.AddTelegram(telegram);
        }

        if (zalo.Enabled)
        {
            services.AddZalo();
        }

        if (telegram.Enabled || zalo.Enabled)
        {
            services.AddSingleton<StaffDesk>();
        }
        else
        {
            services.AddLocalChat(invocation, localInput ?? Console.In);
            // The terminal is the chat: logs go to stderr, and only what needs attention.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        // Last: it wraps the channels' senders registered above.
        services.AddObservability(webhooks.Listens);
        return builder;
    }

    private static void AddTelegram(this IServiceCollection services, TelegramOptions options)
    {
        services.AddSingleton<ITelegramBotClient>(_ =>
        {
            // The long poll must end before the HTTP client gives up on it.
            var http = new HttpClient { Timeout = options.PollTimeout + TimeSpan.FromSeconds(15) };
            var clientOptions = new TelegramBotClientOptions(options.BotToken!, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
            {
                // We pace ourselves and handle 429 in the dispatcher; the client's own retry would block a sender for up to a minute.
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, http);
        });
        services.AddSingleton<IChannelSender, TelegramSender>();
        services.AddSingleton<TelegramUpdateHandler>();
        if (options.UsesWebhook)
        {
            // Webhook mode: the webhook server must listen (ASPNETCORE_URLS or --urls); the updates share Zalo's store.
            services.AddSingleton<TelegramWebhookProcessor>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookProcessor>());
            services.AddSingleton<IWebhookEndpoint, TelegramWebhook>();
        }
        else
        {
            services.AddHostedService<TelegramPoller>();
        }
    }

    private static void AddLocalChat(this IServiceCollection services, Invocation invocation, TextReader input)
    {
        services.AddSingleton(new LocalScreen(Console.Out, new LocalChatOptions(invocation.Jsonl)));
        services.AddSingleton<IChannelSender, LocalChatSender>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<LocalChatService>(sp, input));
    }
}

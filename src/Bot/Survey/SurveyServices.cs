using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Content;
using OneStop.Bot.Conversations;
using OneStop.Bot.Staff;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>The satisfaction survey's parts: the feature (made by <see cref="Feature"/> for FeatureSet) and its edge.</summary>
internal static class SurveyServices
{
    /// <summary>The conversation feature, on survey.yaml from the same conversation-flows/ as the rest of the content.</summary>
    public static SurveyFeature Feature(ContentCatalog content, ConversationOptions options, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var directory = ContentDirectory.Resolve(config[$"{ContentOptions.Section}:Path"]);
        return new SurveyFeature(SurveyContent.LoadOrThrow(directory), content, options);
    }

    public static IServiceCollection AddSurvey(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<SurveyOptions>()
            .Bind(config.GetSection(SurveyOptions.Section))
            .Validate(
                o => string.IsNullOrEmpty(o.TicketSecret) || Encoding.UTF8.GetByteCount(o.TicketSecret) >= TicketSeal.MinimumKeyBytes,
                $"Survey__TicketSecret must have at least {TicketSeal.MinimumKeyBytes} characters; use a long random string.")
            .Validate(o => o.MaxTicketsPerOrder is >= 1 and <= 100, "Survey__MaxTicketsPerOrder must be between 1 and 100.")
            .ValidateOnStart();

        // The questionnaire the running feature was made with, so the reports read it exactly as the chat asks it.
        services.AddSingleton(sp => sp.GetRequiredService<ConversationEngine>().Features.OfType<SurveyFeature>().First().Form);
        services.AddSingleton<TicketSecret>();
        services.AddSingleton<TicketBook>();
        services.AddSingleton<SurveyAnswerStore>();
        services.AddSingleton<SurveyReports>();
        services.AddSingleton<IIncomingEnricher, TicketEnricher>();
        services.AddSingleton<IEffectHandler, SurveyEffectHandler>();
        services.AddSingleton<IEffectHandler, StaffAlertHandler>();

        // Staff tools: reached through the staff desk, which checks who is asking. A ticket is a t.me link, so
        // /phieukhaosat needs the Telegram bot.
        services.AddSingleton<IStaffCommand, BaoCaoCommand>();
        if (!string.IsNullOrWhiteSpace(config["Telegram:BotToken"]))
        {
            services.AddSingleton<BotIdentity>();
            services.AddSingleton<TicketMailer>();
            services.AddSingleton<IStaffCommand, PhieuKhaoSatCommand>();
        }
        return services;
    }
}

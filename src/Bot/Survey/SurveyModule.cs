using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Conversations;
using OneStop.Bot.Hosting;
using OneStop.Bot.Staff;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// The satisfaction survey: the conversation on survey.yaml (its own file in conversation-flows/), the anonymous
/// answers and the tickets, and the staff tools /baocao and /phieukhaosat.
/// </summary>
internal sealed class SurveyModule : IFeatureModule
{
    private SurveyForm? _form;

    public IReadOnlyList<string> Collections => [SurveyAnswerStore.Collection, TicketBook.Collection, TicketSecret.SettingsCollection];

    public IReadOnlyList<SlashCommand> StaffCommands =>
    [
        new("/baocao", "Báo cáo khảo sát", MenuPlace: null, CommandAudience.Staff),
        new("/phieukhaosat", "Tạo phiếu khảo sát", MenuPlace: null, CommandAudience.Staff),
    ];

    public IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        var before = problems.Count;
        var form = SurveyReader.Read(context.Directory, problems);
        if (form is null || problems.Count > before)
        {
            return [];
        }

        _form = form;
        return [new SurveyFeature(form, context.Content, context.Options)];
    }

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddOptions<SurveyOptions>()
            .Bind(context.Config.GetSection(SurveyOptions.Section))
            .Validate(
                o => string.IsNullOrEmpty(o.TicketSecret) || Encoding.UTF8.GetByteCount(o.TicketSecret) >= TicketSeal.MinimumKeyBytes,
                $"Survey__TicketSecret must have at least {TicketSeal.MinimumKeyBytes} characters; use a long random string.")
            .Validate(o => o.MaxTicketsPerOrder is >= 1 and <= 100, "Survey__MaxTicketsPerOrder must be between 1 and 100.")
            .ValidateOnStart();

        // The questionnaire the running feature was made with, so the reports read it exactly as the chat asks it.
        services.AddSingleton(_form ?? throw new InvalidOperationException("The survey's services are added after its feature is made."));
        services.AddSingleton<TicketSecret>();
        services.AddSingleton<TicketBook>();
        services.AddSingleton<SurveyAnswerStore>();
        services.AddSingleton<SurveyReports>();
        // What the reminders' follow-up needs of the survey, handed out instead of looked up in the engine.
        services.AddSingleton(new SurveyInvitation(procedureId => SurveyPayload.Start(procedureId)));
        services.AddSingleton<IIncomingEnricher, TicketEnricher>();
        services.AddSingleton<IEffectHandler, SurveyEffectHandler>();
        services.AddSingleton<IEffectHandler, StaffAlertHandler>();

        // Staff tools: reached through the staff desk, which checks who is asking. A ticket is a t.me link, so
        // /phieukhaosat needs the Telegram bot.
        services.AddSingleton<IStaffCommand, BaoCaoCommand>();
        if (context.TelegramBot)
        {
            services.AddSingleton<BotIdentity>();
            services.AddSingleton<TicketMailer>();
            services.AddSingleton<IStaffCommand, PhieuKhaoSatCommand>();
        }
    }
}

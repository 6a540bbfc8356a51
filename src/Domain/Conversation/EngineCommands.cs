using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>The words that work from any step (<see cref="GlobalCommand"/>), typed or pressed, answered on the main machine.</summary>
internal sealed class EngineCommands(ContentCatalog content, StepRenderer render, Func<ConversationTurn, Reply> show)
{
    public void Run(ConversationTurn turn, GlobalCommand command)
    {
        switch (command)
        {
            case GlobalCommand.Start:
                turn.Machine.Fire(Triggers.Menu);
                turn.Say(render.Welcome(withMenu: true));
                turn.Welcomed = true;
                break;
            case GlobalCommand.Menu:
                turn.Machine.Fire(Triggers.Menu);
                turn.Say(show(turn));
                break;
            case GlobalCommand.Cancel:
                turn.Machine.Fire(Triggers.Cancel);
                turn.Say(render.Render(content.Flow.Find(content.Flow.Start)!, lead: render.Say("cancelled")));
                break;
            case GlobalCommand.Back:
                turn.Machine.Fire(Triggers.Back);
                turn.Say(show(turn));
                break;
            case GlobalCommand.Help:
                turn.Machine.Fire(Triggers.Help);
                turn.Say(show(turn));
                break;
            case GlobalCommand.DeleteData:
                turn.Machine.Fire(Triggers.AskDelete);
                turn.Say(show(turn));
                break;
            default:
                turn.Say(new Reply(render.Say("command.unknown"), render.MenuOnly()));
                break;
        }
    }
}

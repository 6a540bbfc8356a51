namespace OneStop.Domain.Text;

public enum IntentKind
{
    Procedure,
    Topic,
    Aspect,
}

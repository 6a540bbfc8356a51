namespace OneStop.Domain.Handover;

public enum HandoverAction
{
    Ask,
    Contact,
    Reply,
    Close,
}

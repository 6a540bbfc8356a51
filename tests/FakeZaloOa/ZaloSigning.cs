namespace OneStop.FakeZaloOa;

/// <summary>How a webhook delivery is signed.</summary>
public enum ZaloSigning
{
    AsZalo,
    NoSignature,
    WrongKey,
}

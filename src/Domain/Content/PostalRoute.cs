namespace OneStop.Domain.Content;

/// <summary>Public postal service (BCCI, QĐ 45/2016/QĐ-TTg): sending the dossier and/or receiving the result.</summary>
public sealed record PostalRoute(bool SendDossier, bool ReceiveResult, Fact Fact);

namespace OneStop.Domain.Checklist;

/// <summary>What a dossier check asks next.</summary>
public enum DossierStage
{
    /// <summary>A yes/no question of the procedure's checklist.</summary>
    Question,

    /// <summary>Certified copies: how many pages the paper has.</summary>
    Pages,

    /// <summary>Certified copies: how many copies are wanted.</summary>
    Copies,

    /// <summary>Complete, or what is missing.</summary>
    Verdict,
}

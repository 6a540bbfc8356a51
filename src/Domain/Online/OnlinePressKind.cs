namespace OneStop.Domain.Online;

public enum OnlinePressKind
{
    /// <summary>"Which procedure?": the procedures, to see their online and postal routes.</summary>
    Pick,

    /// <summary>One procedure: online level, the step that needs presence, fee waiver, post.</summary>
    Route,

    /// <summary>A page of the step-by-step guide for dichvucong.gov.vn, for one procedure or for any.</summary>
    Guide,

    /// <summary>The postal service (BCCI) and which procedures can use it.</summary>
    Postal,
}

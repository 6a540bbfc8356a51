using System.Globalization;

namespace OneStop.Domain.Checklist;

/// <summary>Amounts as the commune writes them: "8.000 đồng", "200.000 đồng", whatever the server's culture.</summary>
public static class VietnameseMoney
{
    public static string Dong(long amount) =>
        amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đồng";
}

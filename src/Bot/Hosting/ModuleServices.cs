using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Hosting;

internal static class ModuleServices
{
    /// <summary>Each module's services, in the list's order, and its chat-data stores as owners of a chat's data.</summary>
    public static IServiceCollection AddModules(this IServiceCollection services, FeatureContent loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        foreach (var module in loaded.Modules)
        {
            module.AddServices(services, loaded.Context);
            foreach (var owner in module.ChatData)
            {
                // One instance whether a store is asked for by its type or as an owner.
                services.TryAddSingleton(owner);
                services.AddSingleton(sp => (IChatDataOwner)sp.GetRequiredService(owner));
            }
        }

        return services;
    }
}

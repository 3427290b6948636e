using Monitor.Testing;

namespace Monitor.Notifications.Tests.Azure;

/// <summary>One Azurite (the shared fixture of Monitor.Testing) for every Azure test of this project.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

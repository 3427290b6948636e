using Azure.Core;
using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Application.Queues;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;

namespace Monitor.Application.Tests;

/// <summary>Which backend the settings select, without touching any storage.</summary>
public class MonitorHostTests
{
    private static readonly CountyRegistry Registry = new("c", "某县", CountyRegistry.DefaultTimeZone, [], null, DeadlinePolicy.Default, []);

    private sealed class NoCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw new InvalidOperationException("not in this test");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw new InvalidOperationException("not in this test");
    }

    [Fact]
    public void Identity_based_service_uris_select_azure_storage_and_queues()
    {
        var settings = MonitorSettings.Read(key => key switch
        {
            "Storage:blobServiceUri" => "https://st.blob.core.chinacloudapi.cn",
            "Storage:queueServiceUri" => "https://st.queue.core.chinacloudapi.cn",
            "Storage:tableServiceUri" => "https://st.table.core.chinacloudapi.cn",
            _ => null,
        });

        using var host = MonitorHost.Create(settings, Registry, TimeProvider.System, credential: new NoCredential());

        Assert.True(settings.UsesAzureStorage);
        Assert.IsType<AzureWorkQueue>(host.Services.Queue);
        Assert.Null(host.LocalQueue);
        Assert.StartsWith("https://st.blob.core.chinacloudapi.cn/captures/", host.Services.Stores.Captures.ContentLocation("c/u/2026/x.html").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_storage_settings_the_local_data_folder_is_the_default()
    {
        var settings = MonitorSettings.Read(_ => null);

        using var host = MonitorHost.Create(settings, Registry, TimeProvider.System);

        Assert.False(settings.UsesAzureStorage);
        Assert.NotNull(host.LocalQueue);
        Assert.EndsWith(".data", host.DataFolder, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_service_uri_names_the_setting()
    {
        var error = Assert.Throws<FormatException>(() => MonitorSettings.Read(key => key == "Storage:blobServiceUri" ? "st.blob.core" : null));

        Assert.Contains("Storage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }
}

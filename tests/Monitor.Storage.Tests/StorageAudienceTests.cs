using Monitor.Storage.Azure;

namespace Monitor.Storage.Tests;

public class StorageAudienceTests
{
    [Theory]
    [InlineData("https://stgongkai.blob.core.chinacloudapi.cn", "https://stgongkai.blob.core.chinacloudapi.cn/")]
    [InlineData("https://stgongkai.table.core.windows.net/", "https://stgongkai.table.core.windows.net/")]
    [InlineData("https://stgongkai.queue.core.chinacloudapi.cn/some/path", "https://stgongkai.queue.core.chinacloudapi.cn/")]
    public void The_token_audience_is_the_accounts_own_endpoint_in_whatever_cloud_it_is(string serviceUri, string audience)
    {
        Assert.Equal(audience, StorageAudience.Of(new Uri(serviceUri)));
    }
}

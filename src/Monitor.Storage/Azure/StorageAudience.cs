using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Monitor.Storage.Azure;

/// <summary>
/// Client options for identity-based access. The SDKs default to the public cloud's token audience
/// (https://storage.azure.com/), which Azure China refuses; the account's own endpoint is a valid audience in every
/// cloud, so the audience is taken from the service URI the deployment template built with environment().
/// </summary>
public static class StorageAudience
{
    /// <summary>https://account.blob.core.chinacloudapi.cn/ from the service URI.</summary>
    public static string Of(Uri serviceUri) => serviceUri.GetLeftPart(UriPartial.Authority) + "/";

    public static BlobClientOptions Blobs(Uri serviceUri) => new() { Audience = new BlobAudience(Of(serviceUri)) };

    public static TableClientOptions Tables(Uri serviceUri) => new() { Audience = new TableAudience(Of(serviceUri)) };
}

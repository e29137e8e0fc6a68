using HaiPhongUrban.Portal.Kernel.Discovery;

namespace HaiPhongUrban.Portal.Tests.Publishing.Discovery;

public sealed class NameBasedUuidTests
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>RFC 9562, Appendix A.4: the version 5 UUID of "www.example.com" in the DNS namespace.</summary>
    [Fact]
    public void Gives_the_rfc_9562_test_vector() =>
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), NameBasedUuid.V5(DnsNamespace, "www.example.com"));

    [Theory]
    [InlineData("cong-bo-toan-van-ket-luan")]
    [InlineData("Tiếng Việt có dấu")]
    public void Is_version_5_of_variant_10_and_the_same_every_time(string name)
    {
        var uuid = NameBasedUuid.V5(DnsNamespace, name).ToString("D");

        Assert.Equal('5', uuid[14]);
        Assert.Contains(uuid[19], "89ab");
        Assert.Equal(uuid, NameBasedUuid.V5(DnsNamespace, name).ToString("D"));
        Assert.NotEqual(uuid, NameBasedUuid.V5(DnsNamespace, name + "-2").ToString("D"));
    }
}

using Competition.Domain.Certification;

namespace Competition.UnitTests.Certification;

public sealed class CertificatePrimitivesTests
{
    private static readonly CertificateNumberScheme Scheme = new("0001", "42", "130300");

    [Theory]
    [InlineData(SkillLevel.Junior, CertificateIssuerKind.Employer, "Y0001421303002650")]
    [InlineData(SkillLevel.Technician, CertificateIssuerKind.SocialOrganisation, "S0001421303002620")]
    [InlineData(SkillLevel.SeniorTechnician, CertificateIssuerKind.SocialOrganisation, "S0001421303002610")]
    public void National_levels_follow_the_22_character_national_shape(SkillLevel level, CertificateIssuerKind issuer, string expectedStart)
    {
        var number = CertificateNumbers.Format(CertificateNumbers.Prefix(Scheme, issuer, 2026, level), 7);

        Assert.Equal(CertificateNumbers.Length, number.Length);
        Assert.Equal(expectedStart + "00007", number);
        Assert.Matches("^[YS][0-9]{21}$", number);
        Assert.True(CertificateNumbers.IsWellFormed(number));
        Assert.Equal(7, CertificateNumbers.Serial(number));
    }

    [Theory]
    [InlineData(SkillLevel.Apprentice, 'A')]
    [InlineData(SkillLevel.PrincipalTechnician, 'T')]
    [InlineData(SkillLevel.ChiefTechnician, 'C')]
    public void Rungs_without_a_national_code_carry_a_letter_in_the_level_place(SkillLevel level, char letter)
    {
        var number = CertificateNumbers.Format(CertificateNumbers.Prefix(Scheme, CertificateIssuerKind.Employer, 2026, level), 1);

        Assert.Equal(CertificateNumbers.Length, number.Length);
        Assert.Equal(letter, number[15]);
        Assert.True(CertificateNumbers.IsWellFormed(number));
        Assert.DoesNotMatch("^[YS][0-9]{21}$", number);
    }

    [Theory]
    [InlineData("S000142130300262000001", true)]
    [InlineData("X000142130300262000001", false)]
    [InlineData("S00014213030026200000", false)]
    [InlineData("S000142130300266000001", false)]
    [InlineData("s000142130300262000001", false)]
    [InlineData("", false)]
    public void Only_the_documented_shapes_are_well_formed(string number, bool wellFormed) =>
        Assert.Equal(wellFormed, CertificateNumbers.IsWellFormed(number));

    [Fact]
    public void Serials_stop_at_six_digits_and_schemes_need_their_digits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumbers.Format("S000142130300262", 1_000_000));
        Assert.True(CertificateNumbers.IsValidScheme(Scheme));
        Assert.False(CertificateNumbers.IsValidScheme(Scheme with { SiteCode = "13030" }));
        Assert.False(CertificateNumbers.IsValidScheme(Scheme with { ProvinceCode = "4a" }));
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("420302199001011237", true)]
    [InlineData("420302199001011236", false)]
    [InlineData("42030219900101123", false)]
    [InlineData("4203021990010112377", false)]
    [InlineData("42030219900101123A", false)]
    public void National_ids_carry_their_mod_11_2_check_character(string id, bool valid) =>
        Assert.Equal(valid, NationalIds.IsValid(id));

    [Fact]
    public void National_ids_are_masked_and_hashed_never_kept()
    {
        byte[] key = [1, 2, 3, 4, 5, 6, 7, 8];

        Assert.Equal("110***********002X", NationalIds.Mask("11010519491231002x"));
        Assert.Equal(NationalIds.Hash("11010519491231002X", key), NationalIds.Hash(" 11010519491231002x ", key));
        Assert.NotEqual(NationalIds.Hash("11010519491231002X", key), NationalIds.Hash("11010519491231002X", [9, 9, 9]));
        Assert.DoesNotContain("19491231", NationalIds.Hash("11010519491231002X", key));
    }

    [Theory]
    [InlineData(SkillLevel.Junior, 5)]
    [InlineData(SkillLevel.Senior, 3)]
    [InlineData(SkillLevel.SeniorTechnician, 1)]
    public void The_ladder_and_the_national_codes_are_separate_facts(SkillLevel level, int code)
    {
        Assert.Equal(code, SkillLadder.NationalCode(level));
        Assert.Equal(level, SkillLadder.FromNationalCode(code));
        Assert.Null(SkillLadder.NationalCode(SkillLevel.Apprentice));
        Assert.Null(SkillLadder.NationalCode(SkillLevel.ChiefTechnician));
    }

    [Fact]
    public void Status_list_bits_count_from_the_left_of_the_first_byte_and_survive_encoding()
    {
        var list = new BitstringStatusList();
        list[0] = 1;
        list[9] = 1;
        list[131_071] = 1;

        var encoded = list.Encode();
        var decoded = BitstringStatusList.Decode(encoded);

        Assert.StartsWith("u", encoded);
        Assert.DoesNotContain("=", encoded);
        Assert.Equal(BitstringStatusList.MinimumLength, decoded.Length);
        Assert.Equal([0, 9, 131_071], Enumerable.Range(0, decoded.Length).Where(i => decoded[i] == 1));
        // Index 0 is the most significant bit of byte 0; index 9 is 0x40 of byte 1.
        var bytes = Gunzip(encoded);
        Assert.Equal(0x80, bytes[0]);
        Assert.Equal(0x40, bytes[1]);
        Assert.Equal(0x01, bytes[^1]);
    }

    [Fact]
    public void A_two_bit_status_is_written_most_significant_bit_first_and_revoked_outranks_suspended()
    {
        var list = new BitstringStatusList(statusSize: CertificateStatusCodes.Size);
        list[0] = CertificateStatusCodes.Revoked;
        list[1] = CertificateStatusCodes.Suspended;
        list[4] = CertificateStatusCodes.Of(revoked: true, suspended: true);

        var decoded = BitstringStatusList.Decode(list.Encode(), CertificateStatusCodes.Size);

        Assert.Equal(BitstringStatusList.MinimumLength, decoded.Length);
        Assert.Equal((2, 1, 0, 2), (decoded[0], decoded[1], decoded[2], decoded[4]));
        // Entry 0 is bits 0–1 (10), entry 1 bits 2–3 (01): 1001 0000; entry 4 is bits 8–9 of byte 1.
        var bytes = Gunzip(list.Encode());
        Assert.Equal((0x90, 0x80), (bytes[0], bytes[1]));
        Assert.Equal(262_144 / 8, bytes.Length);
        Assert.Equal(["valid", "suspended", "revoked", "undefined"], CertificateStatusCodes.Messages);
    }

    [Theory]
    [InlineData("not-multibase")]
    [InlineData("u!!!")]
    [InlineData("uH4sIAAAAAAAAA")]
    public void Anything_but_an_encoded_list_is_refused(string encoded) =>
        Assert.Throws<FormatException>(() => BitstringStatusList.Decode(encoded));

    [Fact]
    public void A_list_shorter_than_the_minimum_is_refused()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(new byte[100]);
        }
        Assert.Throws<FormatException>(() => BitstringStatusList.Decode("u" + System.Buffers.Text.Base64Url.EncodeToString(compressed.ToArray())));
    }

    private static byte[] Gunzip(string encoded)
    {
        using var gzip = new System.IO.Compression.GZipStream(
            new MemoryStream(System.Buffers.Text.Base64Url.DecodeFromChars(encoded.AsSpan(1))), System.IO.Compression.CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}

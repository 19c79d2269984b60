"""Print the GB2312 row-shift mojibake pairs behind lexicons/mojibake.tsv.

The page fonts of some PDF newspapers map GB2312 row A1 to row D2 and row A3 to row D4,
so a full-width （ (A3A8) is extracted as 渊 (D4A8). This prints every such pair; the
reviewed subset with its repair class lives in lexicons/mojibake.tsv.
"""

for low in range(0xA1, 0xFF):
    for true_row, seen_row in ((0xA1, 0xD2), (0xA3, 0xD4)):
        try:
            true = bytes([true_row, low]).decode("gb2312")
            seen = bytes([seen_row, low]).decode("gb2312")
        except UnicodeDecodeError:
            continue
        print(f"{seen}\t{true}\t{true_row:02X}{low:02X}\t{seen_row:02X}{low:02X}")

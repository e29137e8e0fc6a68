using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// What reading a plan's boundary can say, in Vietnamese and English, each saying what is wrong and what
/// to do, as <see cref="Messages"/> does for the rest of the portal. Kept beside the code that raises them;
/// their codes all start with <c>boundary-</c> so they never meet one of <see cref="Messages"/>. A coordinate
/// is quoted as the file writes it, followed by the declared system, so staff can search for it.
/// </summary>
public static class GeographyMessages
{
    // ── The declared system ──────────────────────────────────────────────────────────────────────
    public static readonly Message CrsUnknown = new("boundary-crs-unknown",
        "Hệ toạ độ '{0}' không được hỗ trợ. Hãy khai báo đúng hệ ghi trong hồ sơ, một trong: {1} (Hải Phòng: EPSG:9210; Hải Dương cũ: EPSG:9209).",
        "The coordinate system '{0}' is not supported. Declare the one the dossier states, one of: {1} (Hai Phong: EPSG:9210; former Hai Duong: EPSG:9209).");

    public static readonly Message CrsMismatch = new("boundary-crs-mismatch",
        "Tệp ranh giới tự ghi hệ toạ độ {0} (trường \"crs\"), khác với hệ {1} khai báo cho quy hoạch. Cổng không đoán hệ toạ độ: hãy xem hồ sơ ghi hệ nào, rồi sửa khai báo hoặc xuất lại tệp cho khớp.",
        "The boundary file states the coordinate system {0} (its \"crs\" member), not {1} as the plan declares. The portal never guesses a system: check which one the dossier states, then correct the declaration or export the file again to match.");

    // ── The file ─────────────────────────────────────────────────────────────────────────────────
    public static readonly Message NotJson = new("boundary-not-json",
        "Tệp ranh giới không phải JSON hợp lệ (lỗi đầu tiên ở đây). Hãy xuất lại ranh giới dạng GeoJSON từ phần mềm GIS (QGIS: Xuất → Lưu đối tượng thành… → GeoJSON).",
        "The boundary file is not valid JSON (first error here). Export the boundary again as GeoJSON from the GIS software (QGIS: Export → Save Features As… → GeoJSON).");

    public static readonly Message NotGeoJson = new("boundary-not-geojson",
        "Tệp ranh giới là JSON nhưng không phải GeoJSON: ở đây cần trường '{0}' đúng dạng GeoJSON. Hãy xuất lại ranh giới dạng GeoJSON (một Feature, FeatureCollection, Polygon hoặc MultiPolygon).",
        "The boundary file is JSON but not GeoJSON: a GeoJSON '{0}' member is expected here. Export the boundary again as GeoJSON (a Feature, FeatureCollection, Polygon or MultiPolygon).");

    public static readonly Message TypeUnknown = new("boundary-type-unknown",
        "'{0}' không phải kiểu GeoJSON. Hãy dùng Feature, FeatureCollection, Polygon hoặc MultiPolygon (viết đúng chữ hoa, chữ thường).",
        "'{0}' is not a GeoJSON type. Use Feature, FeatureCollection, Polygon or MultiPolygon (with the same capitals).");

    public static readonly Message NotPolygon = new("boundary-not-polygon",
        "Ranh giới phải là vùng (Polygon hoặc MultiPolygon), ở đây là {0}. Hãy xuất lớp ranh giới quy hoạch dạng vùng (RanhGioiQuyHoach_A), không phải đường hay điểm.",
        "A boundary must be an area (Polygon or MultiPolygon); this is {0}. Export the plan boundary layer as polygons (RanhGioiQuyHoach_A), not as lines or points.");

    public static readonly Message NoPolygon = new("boundary-no-polygon",
        "Tệp ranh giới không có vùng nào. Hãy xuất lớp ranh giới quy hoạch (RanhGioiQuyHoach_A) với ít nhất một vùng, hoặc bỏ khai báo ranh giới nếu chưa có.",
        "The boundary file holds no area. Export the plan boundary layer (RanhGioiQuyHoach_A) with at least one polygon, or remove the boundary from the plan until there is one.");

    public static readonly Message PositionInvalid = new("boundary-position-invalid",
        "Toạ độ ở đây không đúng dạng GeoJSON: mỗi điểm phải là [x, y], hai số. Hãy xuất lại ranh giới từ phần mềm GIS.",
        "The coordinates here are not GeoJSON positions: each point must be [x, y], two numbers. Export the boundary again from the GIS software.");

    // ── Rings ────────────────────────────────────────────────────────────────────────────────────
    public static readonly Message RingTooShort = new("boundary-ring-too-short",
        "Vòng ranh giới này chỉ có {0} điểm; một vòng khép kín cần ít nhất 4 (3 đỉnh, rồi điểm đầu lặp lại ở cuối). Hãy vẽ lại vùng này trong phần mềm GIS.",
        "This boundary ring has only {0} position(s); a closed ring needs at least 4 (3 corners, then the first repeated at the end). Draw this area again in the GIS software.");

    public static readonly Message RingNotClosed = new("boundary-ring-not-closed",
        "Vòng ranh giới không khép kín: điểm cuối ({1}) khác điểm đầu ({0}). Hãy thêm điểm đầu vào cuối vòng, hoặc xuất lại ranh giới từ phần mềm GIS.",
        "The boundary ring is not closed: its last position ({1}) differs from its first ({0}). Repeat the first position at the end of the ring, or export the boundary again from the GIS software.");

    public static readonly Message SelfIntersecting = new("boundary-self-intersecting",
        "Ranh giới tự cắt tại ({0}) {1}: các cạnh của một vùng không được cắt hay chồng lên nhau. Hãy sửa các đỉnh gần điểm này (QGIS: Vector → Công cụ hình học → Kiểm tra tính hợp lệ).",
        "The boundary crosses itself at ({0}) {1}: the edges of an area must not cross or overlap. Fix the corners near this point (QGIS: Vector → Geometry Tools → Check Validity).");

    public static readonly Message PartsOverlap = new("boundary-parts-overlap",
        "Các phần của ranh giới chồng lên nhau tại ({0}) {1}. Mỗi phần của một ranh giới nhiều phần phải tách rời; hãy hợp nhất các phần chồng nhau (QGIS: Vector → Công cụ xử lý hình học → Hợp nhất).",
        "Parts of the boundary overlap at ({0}) {1}. Each part of a multi-part boundary must stand apart; merge the overlapping parts (QGIS: Vector → Geoprocessing Tools → Dissolve).");

    public static readonly Message HoleMisplaced = new("boundary-hole-misplaced",
        "Một lỗ của ranh giới nằm ngoài vùng chứa nó hoặc cắt rời vùng, tại ({0}) {1}. Hãy kiểm tra thứ tự các vòng: vòng ngoài trước, các lỗ sau, mỗi lỗ nằm trong vòng ngoài.",
        "A hole of the boundary lies outside its area or cuts the area apart, at ({0}) {1}. Check the order of the rings: the outer ring first, then the holes, each inside the outer ring.");

    public static readonly Message Invalid = new("boundary-invalid",
        "Ranh giới không phải một vùng hợp lệ tại ({0}) {1}. Hãy kiểm tra vùng này trong phần mềm GIS (QGIS: Vector → Công cụ hình học → Kiểm tra tính hợp lệ) rồi xuất lại.",
        "The boundary is not a valid area at ({0}) {1}. Check it in the GIS software (QGIS: Vector → Geometry Tools → Check Validity) and export it again.");

    // ── Coordinates that do not fit the declared system ─────────────────────────────────────────
    public static readonly Message DegreesAsVn2000 = new("boundary-degrees-as-vn2000",
        "Toạ độ ({0}) trông như độ kinh, vĩ (WGS84), nhưng ranh giới khai báo hệ {1}, tính bằng mét. Nếu tệp ghi độ, hãy khai báo crs: EPSG:4326.",
        "The coordinate ({0}) looks like degrees of longitude and latitude (WGS84), but the boundary is declared in {1}, which is in metres. If the file is in degrees, declare crs: EPSG:4326.");

    public static readonly Message MetresAsDegrees = new("boundary-metres-as-degrees",
        "Toạ độ ({0}) vượt quá 180, trông như mét của VN-2000, nhưng ranh giới khai báo EPSG:4326 (độ). Hãy khai báo múi chiếu ghi trong hồ sơ, ví dụ crs: EPSG:9210 (Hải Phòng) hoặc EPSG:9209 (Hải Dương cũ).",
        "The coordinate ({0}) is over 180 and looks like VN-2000 metres, but the boundary is declared in EPSG:4326 (degrees). Declare the zone the dossier states, e.g. crs: EPSG:9210 (Hai Phong) or EPSG:9209 (former Hai Duong).");

    public static readonly Message LatitudeFirst = new("boundary-latitude-first",
        "Toạ độ ({0}) trông như viết vĩ độ trước kinh độ. GeoJSON viết kinh độ trước, ví dụ [106.65, 20.85]; hãy đổi thứ tự trong tệp, hoặc xuất lại từ phần mềm GIS.",
        "The coordinate ({0}) looks like latitude written before longitude. GeoJSON writes longitude first, e.g. [106.65, 20.85]; swap them in the file, or export it again from the GIS software.");

    public static readonly Message NorthingFirst = new("boundary-northing-first",
        "Toạ độ ({0}) trông như viết X (tung độ bắc) trước Y (hoành độ đông), theo cách ghi của bảng toạ độ VN-2000. GeoJSON viết hoành độ đông trước (khoảng 500 000 m), tung độ bắc sau; hãy đổi thứ tự hai số trong tệp.",
        "The coordinate ({0}) looks like X (northing) written before Y (easting), the order of VN-2000 survey tables. GeoJSON writes the easting first (around 500 000 m), then the northing; swap the two numbers in the file.");

    public static readonly Message OutsideVietnam = new("boundary-outside-vietnam",
        "Điểm ({0}) {1} đổi sang WGS84 là kinh độ {2}, vĩ độ {3}: ngoài lãnh thổ Việt Nam (kinh độ 102–118° Đông, vĩ độ 6–24° Bắc). Hãy kiểm tra hệ toạ độ đã khai báo (đúng múi chiếu chưa?) và toạ độ trong tệp.",
        "The point ({0}) {1} is longitude {2}, latitude {3} in WGS84: outside Vietnam (longitude 102–118° E, latitude 6–24° N). Check the declared coordinate system (the right zone?) and the coordinates in the file.");

    /// <summary>Every message above, for tests that hold them to the rules of <see cref="Messages"/>.</summary>
    public static IReadOnlyList<Message> All =>
    [
        CrsUnknown, CrsMismatch, NotJson, NotGeoJson, TypeUnknown, NotPolygon, NoPolygon, PositionInvalid, RingTooShort, RingNotClosed,
        SelfIntersecting, PartsOverlap, HoleMisplaced, Invalid, DegreesAsVn2000, MetresAsDegrees, LatitudeFirst, NorthingFirst, OutsideVietnam,
    ];
}

let f = function Some _ as o -> o | None as o -> o | (Some 1 as o) -> o

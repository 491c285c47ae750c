let f = function (Some _ as o) -> o

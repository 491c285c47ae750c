let f = function (Some _ | None | Some 0) -> 1

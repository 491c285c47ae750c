type employee = { name : string; department : string; salary : float; manager : string option; reports : string list; start_year : int }
let hire name department = { name; department; salary = 0.; manager = None; reports = []; start_year = 2024 }

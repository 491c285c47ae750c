type person = { name : string; age : int }
let adult { agee; _ } = agee >= 18

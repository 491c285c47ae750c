type settings = { width : int; height : int; title : string; fullscreen : bool }
let defaults = {
  width = 800;
  height = 600;
  title = "app";
}

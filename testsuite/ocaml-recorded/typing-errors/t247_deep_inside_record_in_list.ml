type item = { label : string; price : float; tags : string list }
let catalogue = [
  { label = "pen"; price = 1.5; tags = ["office"] };
  { label = "ink"; price = 4.0; tags = ["office"; "refill"] };
  { label = "pad"; price = 2.25; tags = ["office"; 3] };
]

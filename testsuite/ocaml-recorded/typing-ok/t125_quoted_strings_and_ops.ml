let html = {|<p class="x">hi</p>|}
let tagged = {tag|a |} b|tag}
let joined = html ^ tagged

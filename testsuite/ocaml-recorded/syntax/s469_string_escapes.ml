let s = "tab\there\nnew line \"quoted\" back\\slash \065\x42\o103 \u{1F600} \ space"
let t = "continued \
         line"

type celsius = kelvin
and kelvin = celsius

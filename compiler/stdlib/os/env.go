package os

// Getenv retrieves the value of the environment variable named by the key. It returns
// the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key. If the
// variable is present in the environment the value (which may be empty) is returned
// and the boolean is true.
func LookupEnv(key string) (string, bool) {
	if l := envLogger; l != nil {
		l.Getenv(key)
	}
	for _, kv := range sysEnviron() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// envLogger, like Go's internal/testlog logger, is told about every environment
// lookup once a test framework installs one (nothing in minigo does yet). Through this
// interface call key leaks, as gc tags Go's Getenv and LookupEnv.
var envLogger interface{ Getenv(key string) }

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", eINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", eINVAL)
		}
	}
	sysSetenv(key, value)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	sysUnsetenv(key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range sysEnviron() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				sysUnsetenv(kv[:i])
				break
			}
		}
	}
}

// Environ returns a copy of strings representing the environment, in the form
// "key=value".
func Environ() []string {
	env := sysEnviron()
	out := make([]string, len(env))
	copy(out, env)
	return out
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the
// current environment variables. References to undefined variables are replaced by the
// empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in the string based on the mapping function. A "$"
// not followed by a name is kept; malformed braces ("${}", an unclosed "${") are
// dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	done := 0 // s[:done] has been copied or expanded
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		name, n := shellName(s[i+1:])
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[done:i]...)
		if name != "" {
			out = append(out, mapping(name)...)
		} else if n == 0 {
			out = append(out, '$')
		}
		i += n
		done = i + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[done:]
}

// isSpecialVar reports whether c names a one-character shell parameter ($*, $1, ...).
func isSpecialVar(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

// isNameByte reports whether c may appear in a variable name.
func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the variable name after a "$" at the start of s and returns it with
// the number of bytes it takes. An empty name with n > 0 is malformed syntax to drop.
func shellName(s string) (name string, n int) {
	if s[0] == '{' {
		if len(s) > 2 && isSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without "}"
	}
	if isSpecialVar(s[0]) {
		return s[:1], 1
	}
	for n < len(s) && isNameByte(s[n]) {
		n++
	}
	return s[:n], n
}
